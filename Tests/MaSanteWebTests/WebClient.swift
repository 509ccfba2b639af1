import Foundation
import Hummingbird
import HummingbirdTesting

/// What a browser keeps between requests in the tests: the cookies, and how to sign in.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    /// A request with the browser's cookies; the response's cookies are kept.
    @discardableResult
    mutating func send(
        _ uri: String, method: HTTPRequest.Method = .get, form: [(String, String)]? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        var body: ByteBuffer?
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: Self.encode(form))
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = value
            }
        }
        return response
    }

    /// Opens the sign-in page and posts the form with its token.
    @discardableResult
    mutating func signIn(_ login: String, password: String) async throws -> TestResponse {
        try await send("/connexion")
        let token = cookies["masante_connexion"] ?? ""
        return try await send(
            "/connexion", method: .post, form: [("_csrf", token), ("identifiant", login), ("mot_de_passe", password)])
    }

    /// The session's CSRF token, read from a page's hidden field.
    func csrfToken(in page: TestResponse) -> String? {
        let html = String(buffer: page.body)
        guard let range = html.range(of: #"name="_csrf" value="([0-9a-f]{64})""#, options: .regularExpression) else {
            return nil
        }
        return String(html[range].dropLast().suffix(64))
    }

    static func encode(_ form: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(
            separator: "&")
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
