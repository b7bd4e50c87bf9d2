import Foundation
import HTTPServing

/// A posted form: `application/x-www-form-urlencoded` or `multipart/form-data` (for file uploads).
struct FormData: Sendable {
    /// Field values by name, in order (a name may repeat).
    private(set) var fields: [(name: String, value: String)] = []
    /// Uploaded files by field name.
    private(set) var files: [String: (filename: String, bytes: [UInt8])] = [:]

    /// The form of a request; a body that is neither form type, or malformed, is a bad request.
    init(_ request: HTTPRequest) throws(WebError) {
        let type = request.headers["Content-Type"] ?? ""
        if let boundary = MultipartFormData.boundary(contentType: type) {
            guard let parts = MultipartFormData.parse(request.body, boundary: boundary) else {
                throw WebError.badRequest("web.error.form")
            }
            for part in parts {
                if let filename = part.filename {
                    files[part.name] = (filename, part.body)
                } else {
                    guard let text = String(validating: part.body, as: UTF8.self) else {
                        throw WebError.badRequest("web.error.form")
                    }
                    fields.append((part.name, text))
                }
            }
        } else if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            guard let text = String(validating: request.body, as: UTF8.self),
                let pairs = PercentDecoding.query(Substring(text))
            else { throw WebError.badRequest("web.error.form") }
            fields = pairs.map { ($0.0, $0.1) }
        } else {
            throw WebError.badRequest("web.error.form")
        }
    }

    /// The first value of a field, with Windows line ends made plain.
    func value(_ name: String) -> String? {
        fields.first { $0.name == name }?.value.replacing("\r\n", with: "\n")
    }

    /// The first value, trimmed; nil when empty.
    func text(_ name: String) -> String? {
        value(name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
