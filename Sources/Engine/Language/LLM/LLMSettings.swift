import Foundation

/// The optional language-model provider of `Asker`: an OpenAI-compatible chat completions
/// endpoint (OpenAI, a local llama.cpp or vLLM server). Off unless `AISER_LLM_URL` is set.
///
/// | variable | meaning |
/// |---|---|
/// | `AISER_LLM_URL` | the endpoint, or its base (`…/v1`: `/chat/completions` is added) |
/// | `AISER_LLM_MODEL` | the model name sent with each request (default `gpt-4o-mini`) |
/// | `AISER_LLM_API_KEY` | sent as `Authorization: Bearer …` when set |
/// | `AISER_LLM_MODE` | `fallback` (default): only when the offline engine refuses or is below `Asker.confidenceThreshold`; `always` |
/// | `AISER_LLM_TIMEOUT` | seconds before the offline answer is used instead (default 10) |
public struct LLMSettings: Sendable, Equatable {
    public enum Mode: String, Sendable { case always, fallback }

    public var endpoint: URL
    public var model: String
    public var apiKey: String?
    public var mode: Mode
    public var timeout: Double

    init(endpoint: URL, model: String, apiKey: String? = nil, mode: Mode = .fallback, timeout: Double = 10) {
        self.endpoint = Self.completions(endpoint)
        self.model = model
        self.apiKey = apiKey
        self.mode = mode
        self.timeout = timeout
    }

    /// The settings the environment names, or `nil` when `AISER_LLM_URL` is unset or empty
    /// (the provider is off). Unreadable values fall back to the defaults above.
    init?(environment env: [String: String]) {
        guard let raw = env["AISER_LLM_URL"], !raw.isEmpty, let url = URL(string: raw), url.scheme != nil else {
            return nil
        }
        let key = env["AISER_LLM_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            endpoint: url, model: env["AISER_LLM_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "gpt-4o-mini",
            apiKey: key, mode: env["AISER_LLM_MODE"].flatMap(Mode.init(rawValue:)) ?? .fallback,
            timeout: env["AISER_LLM_TIMEOUT"].flatMap(Double.init).map { max(0.1, $0) } ?? 10)
    }

    private static func completions(_ url: URL) -> URL {
        let text = url.absoluteString
        if text.hasSuffix("/chat/completions") { return url }
        let base = text.hasSuffix("/") ? String(text.dropLast()) : text
        return URL(string: base + "/chat/completions") ?? url
    }
}
