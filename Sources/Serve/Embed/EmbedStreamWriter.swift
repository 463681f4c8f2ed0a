import Hummingbird
import NIOCore

/// Writes a live-update stream's bytes with a deadline: a write the reader has not taken
/// within `deadline` seconds (its socket buffers are full: a stalled or very slow reader) is
/// cancelled and the stream ends with `EmbedStreamWriter.SlowReader`, which closes the
/// connection. Besides the inbox's bound on waiting updates, this bounds how long one reader
/// can hold a stream and its buffers.
struct EmbedStreamWriter {
    /// The reader did not take a write in time.
    struct SlowReader: Error {}

    /// The response writers are plain forwarders to the channel (no state of their own), so a
    /// copy may write from the task that races the deadline.
    private struct Carried: @unchecked Sendable {
        var writer: any ResponseBodyWriter
    }

    private var writer: any ResponseBodyWriter
    let deadline: Int

    init(writer: any ResponseBodyWriter, deadline: Int) {
        self.writer = writer
        self.deadline = deadline
    }

    mutating func send(_ text: String) async throws { try await send(ByteBuffer(string: text)) }

    mutating func send(_ buffer: ByteBuffer) async throws {
        let carried = Carried(writer: writer)
        let seconds = deadline
        let written: Carried? = try await withThrowingTaskGroup(of: Carried?.self) { group in
            group.addTask {
                var carried = carried
                try await carried.writer.write(buffer)
                return carried
            }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let written else { throw SlowReader() }
        writer = written.writer
    }
}
