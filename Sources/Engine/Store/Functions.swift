import CSQLite

/// SQL functions Aiser adds to every connection: `median(x)` as an aggregate.
enum Functions {
    static func register(on db: OpaquePointer) {
        sqlite3_create_function_v2(
            db, "median", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, nil, medianStep, medianFinal, nil)
    }
}

/// Values collected by one running `median` aggregate.
private final class MedianBox {
    var values: [Double] = []
}

private func medianBox(_ ctx: OpaquePointer?, create: Bool) -> MedianBox? {
    let size = Int32(create ? MemoryLayout<UnsafeMutableRawPointer?>.size : 0)
    guard let raw = sqlite3_aggregate_context(ctx, size) else { return nil }
    let slot = raw.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    if let existing = slot.pointee {
        return Unmanaged<MedianBox>.fromOpaque(existing).takeUnretainedValue()
    }
    guard create else { return nil }
    let box = MedianBox()
    slot.pointee = Unmanaged.passRetained(box).toOpaque()
    return box
}

private let medianStep: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
    ctx, _, args in
    guard let value = args?[0] else { return }
    let type = sqlite3_value_numeric_type(value)
    guard type == SQLITE_INTEGER || type == SQLITE_FLOAT else { return }
    let d = sqlite3_value_double(value)
    guard d.isFinite, let box = medianBox(ctx, create: true) else { return }
    box.values.append(d)
}

private let medianFinal: @convention(c) (OpaquePointer?) -> Void = { ctx in
    guard let raw = sqlite3_aggregate_context(ctx, 0) else {
        sqlite3_result_null(ctx)
        return
    }
    let slot = raw.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    guard let opaque = slot.pointee else {
        sqlite3_result_null(ctx)
        return
    }
    let box = Unmanaged<MedianBox>.fromOpaque(opaque).takeRetainedValue()
    slot.pointee = nil
    guard !box.values.isEmpty else {
        sqlite3_result_null(ctx)
        return
    }
    box.values.sort()
    let n = box.values.count
    let m = n % 2 == 1 ? box.values[n / 2] : (box.values[n / 2 - 1] + box.values[n / 2]) / 2
    sqlite3_result_double(ctx, m)
}
