import Engine

extension SourceLoader {
    static func ingest(_ source: ResolvedSource, into db: Connection) throws {
        throw GeneratorError(path: source.spec.path, "this build cannot load .\(source.url.pathExtension) files yet; use a SQLite source")
    }
}
