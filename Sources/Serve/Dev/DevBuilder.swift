import Foundation
import Generator

/// Builds the project into the dev output folder with the Generator's `Builder` (its query
/// cache reruns only the queries whose SQL, parameters or data changed).
struct DevBuilder: Sendable {
    /// The outcome of one build.
    enum Outcome: Sendable {
        /// `manifest` is the written `manifest.json`: equal manifests mean an identical site.
        case success(BuildReport, manifest: Data)
        case failure(GeneratorError)
    }

    let options: DevOptions

    func build() async -> Outcome {
        let builder = Builder(
            project: options.project, options: BuildOptions(output: options.output, pdf: options.pdf))
        do {
            let report = try await builder.build()
            let manifest = (try? Data(contentsOf: options.output.appendingPathComponent("manifest.json"))) ?? Data()
            return .success(report, manifest: manifest)
        } catch let error as GeneratorError {
            return .failure(error)
        } catch {
            return .failure(GeneratorError(path: options.project.path, "the build stopped: \(error)"))
        }
    }
}
