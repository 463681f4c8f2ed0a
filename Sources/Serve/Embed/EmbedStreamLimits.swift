import Synchronization

/// Counts open live-update streams per token and per organization, refusing those past the
/// settings' bounds, and reports the total to the metrics (`aiser_embed_streams_open`).
final class EmbedStreamLimits: Sendable {
    private struct State {
        var byToken: [String: Int] = [:]
        var byOrganization: [String: Int] = [:]
        var total = 0
    }

    let perToken: Int
    let perOrganization: Int
    let metrics: MetricsRecorder
    private let state = Mutex(State())

    init(perToken: Int, perOrganization: Int, metrics: MetricsRecorder) {
        self.perToken = perToken
        self.perOrganization = perOrganization
        self.metrics = metrics
    }

    /// Counts one more stream, or answers false when a bound is reached.
    func open(token: String, organization: String) -> Bool {
        let total: Int? = state.withLock { s in
            guard s.byToken[token, default: 0] < perToken, s.byOrganization[organization, default: 0] < perOrganization
            else { return nil }
            s.byToken[token, default: 0] += 1
            s.byOrganization[organization, default: 0] += 1
            s.total += 1
            return s.total
        }
        guard total != nil else { return false }
        metrics.embedStreams.opened()
        return true
    }

    /// Whether one more stream would be allowed now.
    func allows(token: String, organization: String) -> Bool {
        state.withLock { s in
            s.byToken[token, default: 0] < perToken && s.byOrganization[organization, default: 0] < perOrganization
        }
    }

    func close(token: String, organization: String) {
        state.withLock { s in
            s.byToken[token, default: 1] -= 1
            if s.byToken[token] == 0 { s.byToken[token] = nil }
            s.byOrganization[organization, default: 1] -= 1
            if s.byOrganization[organization] == 0 { s.byOrganization[organization] = nil }
            s.total -= 1
        }
        metrics.embedStreams.closed()
    }

    /// Streams open now.
    var open: Int { state.withLock { $0.total } }
}
