import Foundation
import HTTPTypes
import Hummingbird
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// `GET /fhir/Slot?…`: the SAS searches a centre's slots (``SASSlotSearch``), answered by a FHIR
/// R4 `searchset` Bundle (`application/fhir+json`) of the slots of published weeks as the centre
/// last exported them (`planning creneaux`). The centre's SAS token, sent as
/// `Authorization: Bearer …`, is the only credential: the server reads as the authenticator
/// through `sas_slot_feed` (migration 0020), which returns that centre's slots and nothing else.
/// A missing, unknown or revoked token gets 401, a malformed search 400, each with an
/// `OperationOutcome`.
struct FHIRRoutes {
    let pool: DatabasePool

    static let contentType = "application/fhir+json; charset=utf-8"

    func add(to router: Router<WebContext>) {
        router.get("/fhir/Slot") { request, _ -> Response in
            let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            let search: SASSlotSearch
            do {
                search = try SASSlotSearch.parse(parameters)
            } catch let refusal as SASSlotSearch.Refusal {
                return Self.outcome(.badRequest, code: "invalid", refusal.diagnostics)
            }
            let header = request.headers[.authorization] ?? ""
            guard header.hasPrefix("Bearer ") else {
                return Self.outcome(
                    .unauthorized, code: "login", "jeton du SAS absent (en-tête Authorization: Bearer …)")
            }
            let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
            let slots = try await pool.run { session in
                try session.transaction { try SASLinks(session).feed(token: token, in: search.range) }
            }
            guard let slots else {
                return Self.outcome(.unauthorized, code: "security", "jeton du SAS inconnu ou révoqué")
            }
            let bundle = SlotBundle(
                slots: search.filter(slots), includesSchedules: search.includesSchedules,
                includesActors: search.includesActors)
            return Response(
                status: .ok,
                headers: [.contentType: Self.contentType, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: try bundle.json())))
        }
    }

    static func outcome(_ status: HTTPResponse.Status, code: String, _ diagnostics: String) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return Response(
            status: status, headers: headers,
            body: ResponseBody(
                byteBuffer: ByteBuffer(string: FHIROperationOutcome(code: code, diagnostics: diagnostics).json)))
    }
}
