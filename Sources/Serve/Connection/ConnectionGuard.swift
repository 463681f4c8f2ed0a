import Logging
import NIOCore
import NIOHTTPTypes

/// One per connection, right after HTTP decoding: admits the connection under the caps of a
/// shared `ConnectionCounter` and closes it when the client is too slow — no complete request
/// head within the header deadline (first request) or the idle deadline (kept alive), or a body
/// arriving below the minimum rate after its grace period. While the server works on a request
/// there is no deadline here (heavy work has its own time limit).
///
/// One timer per connection, moved only when a deadline comes EARLIER than the armed one and
/// checked at the end of each read batch: a later deadline is left to the armed timer, which
/// re-checks when it fires. So a keep-alive GET (head and end in one read) costs no timer work.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum Phase {
        case awaitingHead(since: ContinuousClock.Instant, first: Bool)
        case readingBody(since: ContinuousClock.Instant, received: Int)
        case responding
    }

    let limits: ConnectionLimits
    let counter: ConnectionCounter
    let logger: Logger
    private var phase = Phase.awaitingHead(since: .now, first: true)
    /// Whether the answer to the current request went out before its body was read (a 413).
    private var answered = false
    private var started = false
    private var admittedClient: String?
    private var timer: Scheduled<Void>?
    /// When the armed timer fires.
    private var armedFor: ContinuousClock.Instant?

    init(limits: ConnectionLimits, counter: ConnectionCounter, logger: Logger) {
        self.limits = limits
        self.counter = counter
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { stop() }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            answered = false
            enter(.readingBody(since: .now, received: 0), context)
        case .body(let buffer):
            // The deadline only moves later: the armed timer re-checks when it fires.
            if case .readingBody(let since, let received) = phase {
                phase = .readingBody(since: since, received: received + buffer.readableBytes)
            }
        case .end:
            enter(answered ? .awaitingHead(since: .now, first: false) : .responding, context)
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            switch phase {
            case .responding:
                enter(.awaitingHead(since: .now, first: false), context)
                arm(context)
            case .readingBody: answered = true
            case .awaitingHead: break
            }
        }
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        let client = context.channel.remoteAddress?.ipAddress ?? "unknown"
        guard counter.admit(client) else {
            logger.debug("connection refused: too many connections", metadata: ["aiser.client": .string(client)])
            context.close(promise: nil)
            return
        }
        admittedClient = client
        enter(.awaitingHead(since: .now, first: true), context)
        arm(context)
    }

    private func stop() {
        timer?.cancel()
        timer = nil
        armedFor = nil
        if let client = admittedClient {
            counter.release(client)
            admittedClient = nil
        }
    }

    /// The moment the current phase must have ended by, if any.
    private var deadline: ContinuousClock.Instant? {
        switch phase {
        case .awaitingHead(let since, let first): return since + (first ? limits.headerTimeout : limits.idleTimeout)
        case .readingBody(let since, let received): return limits.bodyDeadline(start: since, received: received)
        case .responding: return nil
        }
    }

    /// Moves to `next`; the timer follows at the end of the read batch (or the response).
    private func enter(_ next: Phase, _ context: ChannelHandlerContext) {
        phase = next
    }

    /// Arms the timer for the current deadline unless one armed earlier will look first.
    private func arm(_ context: ChannelHandlerContext) {
        guard admittedClient != nil, let deadline else { return }
        if timer != nil, let armedFor, armedFor <= deadline { return }
        timer?.cancel()
        armedFor = deadline
        let delay = max(deadline - .now, .zero)
        timer = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(
            in: .nanoseconds(delay.nanoseconds)
        ) { [self] in
            timer = nil
            armedFor = nil
            guard let due = self.deadline else { return }
            if ContinuousClock.now >= due {
                logger.debug("connection closed: client too slow", metadata: ["aiser.phase": "\(phase)"])
                context.close(promise: nil)
            } else {
                arm(context)
            }
        }
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    fileprivate var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
