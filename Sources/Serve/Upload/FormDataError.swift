/// A `multipart/form-data` body that does not follow the syntax; answered 422 on `body`.
struct FormDataError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
