import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// The observatory of staff over time and the posts of the centres, for those who never open a
/// terminal: the documents of `masante rapport observatoire` and `masante postes liste`, with
/// their downloads. The Region, HR and administrators read both; a manager reads the posts of
/// their own centres (the database shows them no other).
struct TerritoryRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/region/observatoire") { request, context -> Response in
            let person = try context.require(.region, .rh, .admin)
            return try await observatoryPage(person: person, query: queryFields(request))
        }
        router.get("/region/observatoire.css") { request, context -> Response in
            _ = try context.require(.region, .rh, .admin)
            guard case .success(let choice) = ObservatoryChoice.read(queryFields(request)) else {
                throw PageError.notFound
            }
            return DocumentResponse.file(ObservatoryDocument.stylesheet(to: choice.to), type: DocumentResponse.css)
        }
        for format in [OutputFormat.csv, .json] {
            router.get("/region/observatoire.\(format.rawValue)") { request, context -> Response in
                let person = try context.require(.region, .rh, .admin)
                guard case .success(let choice) = ObservatoryChoice.read(queryFields(request)) else {
                    throw PageError.notFound
                }
                let document: ObservatoryDocument
                do {
                    document = try await observatory(choice, login: person.login)
                } catch RegistryError.fieldRefused {
                    throw PageError.notFound
                }
                return DocumentResponse.attachment(
                    document.render(format), format: format.rawValue,
                    name: "observatoire-\(choice.grouping.rawValue)-\(choice.to.description)")
            }
        }
        router.get("/postes") { request, context -> Response in
            let person = try context.require(.region, .rh, .admin, .responsable)
            return try await postsPage(person: person, query: queryFields(request))
        }
        router.get("/postes.css") { request, context -> Response in
            _ = try context.require(.region, .rh, .admin, .responsable)
            guard case .success(let choice) = PostsChoice.read(queryFields(request)) else { throw PageError.notFound }
            return DocumentResponse.file(PostDocuments.stylesheet(asOf: choice.day), type: DocumentResponse.css)
        }
        for format in [PostFormat.csv, .jsonld] {
            router.get("/postes.\(format.rawValue)") { request, context -> Response in
                let person = try context.require(.region, .rh, .admin, .responsable)
                guard case .success(let choice) = PostsChoice.read(queryFields(request)) else {
                    throw PageError.notFound
                }
                let documents = try await posts(choice, login: person.login)
                let name = format == .jsonld ? "offres" : "postes"
                return DocumentResponse.attachment(
                    documents.document(format), format: format.rawValue, name: "\(name)-\(choice.day.description)")
            }
        }
    }

    private func observatory(_ choice: ObservatoryChoice, login: String) async throws -> ObservatoryDocument {
        let rows = try await pool.run(as: login) { session in
            try ObservatoryReport(session).rows(
                from: choice.from, to: choice.to, step: choice.step, grouping: choice.grouping)
        }
        return ObservatoryDocument(rows, step: choice.step, grouping: choice.grouping, from: choice.from, to: choice.to)
    }

    private func posts(_ choice: PostsChoice, login: String) async throws -> PostDocuments {
        let posts = try await pool.run(as: login) { session in
            try CentrePosts(session).list(on: choice.day, onlyVacant: choice.onlyVacant)
        }
        return PostDocuments(posts, asOf: choice.day)
    }

    private func observatoryPage(person: SignedInPerson, query: [String: String]) async throws -> Response {
        var values: [String: Any] = ObservatoryChoice.echo(query)
        switch ObservatoryChoice.read(query) {
        case .failure(let errors):
            values.merge(errors.values) { _, message in message }
            return pages.page(
                "observatoire", title: "Observatoire des effectifs", person: person, values: values,
                status: .badRequest)
        case .success(let choice):
            let document: ObservatoryDocument
            do {
                document = try await observatory(choice, login: person.login)
            } catch RegistryError.fieldRefused(let field, let message) {
                values["\(field)Error"] = RegionRoutes.sentence(message)
                return pages.page(
                    "observatoire", title: "Observatoire des effectifs", person: person, values: values,
                    status: .badRequest)
            }
            values.merge(choice.echoed) { _, new in new }
            values["query"] = choice.query
            values["documentBody"] = document.body
            return pages.page(
                "observatoire", title: "Observatoire des effectifs", person: person, values: values,
                stylesheet: "/region/observatoire.css?\(choice.query)")
        }
    }

    private func postsPage(person: SignedInPerson, query: [String: String]) async throws -> Response {
        var values: [String: Any] = ["au": query["au"] ?? "", "vacants": query["vacants"] != nil]
        switch PostsChoice.read(query) {
        case .failure(let errors):
            values["auError"] = errors.messages["au"]
            return pages.page(
                "postes", title: "Postes des centres", person: person, values: values, status: .badRequest)
        case .success(let choice):
            let documents = try await posts(choice, login: person.login)
            values["au"] = choice.day.description
            values["query"] = choice.query
            values["documentBody"] = documents.body
            return pages.page(
                "postes", title: "Postes des centres", person: person, values: values,
                stylesheet: "/postes.css?\(choice.query)")
        }
    }
}
