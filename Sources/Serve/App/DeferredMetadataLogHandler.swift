import Logging

/// Wraps a log handler so that setting metadata is only a dictionary write: the wrapped handler
/// receives the metadata when an event is actually logged. (swift-log's `StreamLogHandler`
/// re-renders all of its metadata on every change, and each request sets a request id and a
/// user id on its logger, whether or not anything is logged.) The output is the wrapped
/// handler's.
struct DeferredMetadataLogHandler: LogHandler {
    private var wrapped: any LogHandler
    var metadata: Logger.Metadata

    init(_ wrapped: any LogHandler) {
        self.wrapped = wrapped
        metadata = wrapped.metadata
    }

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var handler = wrapped
        handler.metadata = metadata
        handler.log(event: event)
    }
}
