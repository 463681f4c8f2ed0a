import AsyncHTTPClient
import Engine
import Foundation
import Logging
import NIOCore
import NIOHTTP1

extension WebhookDispatcher {
    /// One attempt of `delivery`: SSRF check on the address used, signed POST, outcome recorded.
    func attempt(_ delivery: DeliveryRecord, client: HTTPClient) async {
        defer { releaseClaim(delivery) }
        guard let hook = try? await repository.find(id: delivery.webhookID, organizationID: nil), hook.active else {
            return
        }
        let started = ContinuousClock.now
        var code: Int?
        var problem: String?
        do {
            let target = try await urlGuard.check(hook.url)
            code = try await send(delivery, secret: hook.secret, to: target, client: client)
        } catch let error as WebhookError {
            problem = error.description
        } catch {
            problem = "connection failed: \(String(describing: error).prefix(200))"
        }
        let elapsed = ContinuousClock.now - started
        let ms = Int(elapsed.seconds * 1000)
        await record(delivery, hook: hook, code: code, problem: problem, durationMS: ms)
    }

    /// POSTs the payload; answers the status code. Plain http connects to the checked address
    /// itself (the Host header keeps the name); https connects by name right after the check.
    private func send(_ d: DeliveryRecord, secret: String, to target: URLGuard.Target, client: HTTPClient)
        async throws -> Int
    {
        let authority = target.address.description + ":\(target.port)"
        let url =
            target.scheme == "http"
            ? "http://\(authority)\(target.path)"
            : "https://\(target.host):\(target.port)\(target.path)"
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        let timestamp = epoch
        request.headers.add(
            name: "Host", value: target.port == 80 || target.port == 443 ? target.host : "\(target.host):\(target.port)"
        )
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Aiser-Webhooks/1")
        request.headers.add(name: "X-Aiser-Event", value: d.event)
        request.headers.add(name: "X-Aiser-Delivery", value: d.id)
        request.headers.add(name: "X-Aiser-Timestamp", value: String(timestamp))
        request.headers.add(
            name: "X-Aiser-Signature",
            value: WebhookSignature.header(secret: secret, timestamp: timestamp, body: d.payload))
        request.body = .bytes(ByteBuffer(string: d.payload))
        let response = try await client.execute(request, timeout: .seconds(Int64(settings.totalTimeoutSeconds)))
        // The receiver's body is read (to free the connection) and never stored.
        _ = try? await response.body.collect(upTo: 64 * 1024)
        return Int(response.status.code)
    }

    /// Stores the outcome: delivered, retried later with backoff, or failed for good; the hook
    /// is switched off on 410 Gone or after `disableAfterFailures` failures in a row.
    private func record(_ d: DeliveryRecord, hook: WebhookRecord, code: Int?, problem: String?, durationMS: Int) async {
        var d = d
        let time = epoch
        d.attempts += 1
        d.responseCode = code
        d.durationMS = durationMS
        var failures = hook.consecutiveFailures
        var disable: String?
        if let code, (200..<300).contains(code) {
            d.status = .delivered
            d.deliveredAt = time
            d.error = nil
            d.nextAttemptAt = nil
            failures = 0
        } else {
            d.error = problem ?? "HTTP \(code ?? 0)"
            failures += 1
            if code == 410 {
                disable = "gone"
            } else if failures >= settings.disableAfterFailures {
                disable = "failures"
            }
            if code == 410 || d.attempts >= settings.maxAttempts {
                d.status = .failed
                d.nextAttemptAt = nil
            } else {
                d.status = .pending
                d.nextAttemptAt = time + settings.delay(afterAttempt: d.attempts, unit: Double.random(in: 0...1))
            }
        }
        metrics.delivery(d.status == .delivered ? "delivered" : d.status == .pending ? "retrying" : "failed")
        do {
            try await repository.record(d, hookFailures: failures, disable: disable, at: time)
        } catch {
            logger.error("cannot record a webhook delivery", metadata: ["aiser.webhook.delivery": "\(d.id)"])
        }
    }
}
