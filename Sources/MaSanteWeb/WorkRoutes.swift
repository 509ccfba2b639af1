import Foundation
import Hummingbird
import MaSante
import MaSanteStore

/// The home page of the centre managers (their centres), read under the person's role:
/// row-level security decides what is listed. HR's `/personnel` is ``HRSearchRoutes``.
struct WorkRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/centres") { _, context -> Response in
            let person = try context.require(.responsable)
            let login = person.login
            let names = try await pool.run(as: login) { session in try CentreQueries(session).names() }
            return pages.page("centres", title: "Mes centres", person: person,
                              values: ["centres": names.map { ["name": $0] }, "none": names.isEmpty])
        }
    }
}
