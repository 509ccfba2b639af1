import Foundation
import Hummingbird
import MaSanteApp
import MaSanteStore

/// `/agenda/{token}.ics`: the subscribed calendar of a person or a centre, which calendar
/// applications fetch without a session. The token is the only credential: the server reads
/// the feed as the authenticator through `calendar_feed` (migration 0015), which returns that
/// link's published shifts and nothing else, and takes no person's role. An unknown or revoked
/// token is « introuvable » (404), like any page that does not exist.
struct CalendarRoutes {
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/agenda/:file") { _, context -> Response in
            guard let file = context.parameters.get("file"), file.hasSuffix(".ics") else { throw PageError.notFound }
            let token = String(file.dropLast(".ics".count))
            let feed = try await pool.run { session in
                try session.transaction { try CalendarLinks(session).feed(token: token) }
            }
            guard let feed else { throw PageError.notFound }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/calendar; charset=utf-8",
                    .cacheControl: "private, max-age=300",
                    .contentDisposition: "inline; filename=\"planning.ics\"",
                ], body: ResponseBody(byteBuffer: ByteBuffer(string: feed.ics)))
        }
    }
}
