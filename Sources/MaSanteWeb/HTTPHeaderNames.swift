import Hummingbird

/// A header field (Hummingbird re-exports the fields' collection, not the field type itself).
typealias HeaderField = HTTPFields.Element

extension HeaderField.Name {
    static let referrerPolicyHeader = HeaderField.Name("Referrer-Policy")!
    static let frameOptions = HeaderField.Name("X-Frame-Options")!
    static let forwardedProto = HeaderField.Name("X-Forwarded-Proto")!
}
