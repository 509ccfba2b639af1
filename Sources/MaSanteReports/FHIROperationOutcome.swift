import Foundation

/// A FHIR R4 `OperationOutcome` with one issue: the body of a refused FHIR request.
///
/// ```swift
/// let body = FHIROperationOutcome(code: "invalid", diagnostics: "paramètre start invalide « demain »").json
/// ```
public struct FHIROperationOutcome: Encodable {
    struct Issue: Encodable {
        var severity = "error"
        var code: String
        var diagnostics: String
    }

    let resourceType = "OperationOutcome"
    var issue: [Issue]

    /// `code` from the FHIR issue types (`invalid`, `security`, `not-found`…).
    public init(code: String, diagnostics: String) {
        issue = [Issue(code: code, diagnostics: diagnostics)]
    }

    /// Indented, keys sorted, ending with a line break.
    public var json: String { ((try? ReportJSON.text(self)) ?? "{}") + "\n" }
}
