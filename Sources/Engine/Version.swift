/// Aiser's version, shown by `aiser --version` and the API.
public enum Version {
    public static let current = "0.1.0"
}
