/// Carries a non-`Sendable` value into parallel work that only reads it.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
