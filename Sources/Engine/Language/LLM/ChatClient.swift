import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One request to an OpenAI-compatible chat completions endpoint: the messages in, the first
/// choice's text out. Blocks the caller for at most the settings' timeout.
struct ChatClient {
    let settings: LLMSettings

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func complete(_ messages: [JSONValue]) throws -> String {
        var request = URLRequest(url: settings.endpoint, timeoutInterval: settings.timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let key = settings.apiKey { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONCoding.encode(
            JSONValue.object([
                "model": .string(settings.model), "messages": .array(messages), "temperature": .number(0),
            ]))
        let box = ReplyBox()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.finish(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
        }
        task.resume()
        guard let reply = box.wait(seconds: settings.timeout) else {
            task.cancel()
            throw Failure(description: "the model did not answer within \(settings.timeout) s")
        }
        if let error = reply.error { throw Failure(description: "the request failed: \(error)") }
        guard reply.status == 200, let data = reply.data else {
            throw Failure(description: "the endpoint answered HTTP \(reply.status ?? 0)")
        }
        let body = try JSONCoding.decode(JSONValue.self, from: data)
        guard case .object(let top) = body, case .array(let choices)? = top["choices"],
            case .object(let first)? = choices.first, case .object(let message)? = first["message"],
            case .string(let content)? = message["content"]
        else { throw Failure(description: "the answer has no choices[0].message.content") }
        return content
    }
}

/// The reply of a request, handed from URLSession's queue to the waiting caller.
private final class ReplyBox: @unchecked Sendable {
    struct Reply {
        var data: Data?
        var status: Int?
        var error: Error?
    }

    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var reply: Reply?

    func finish(data: Data?, status: Int?, error: Error?) {
        lock.withLock { reply = Reply(data: data, status: status, error: error) }
        done.signal()
    }

    func wait(seconds: Double) -> Reply? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { reply }
    }
}
