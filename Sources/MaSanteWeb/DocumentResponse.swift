import Hummingbird

/// The responses that carry a document rather than a page: a stylesheet or another file served
/// inline, and a download the browser saves under a name.
enum DocumentResponse {
    /// `text` served as is, cached privately for five minutes.
    static func file(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "private, max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text` as the attachment `name.format`: CSV or JSON unless `type` says otherwise.
    static func attachment(_ text: String, format: String, name: String, type: String? = nil) -> Response {
        let type = type ?? (format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name).\(format)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
