import Foundation

extension ServerSettings {
    /// Settings from environment variables (those of `Setting.all`), defaults for the rest.
    public init(environment: [String: String]) throws {
        self.init()
        for setting in Setting.all {
            if let value = environment[setting.environmentKey], !value.isEmpty {
                try setting.apply(&self, value)
            }
        }
    }
}
