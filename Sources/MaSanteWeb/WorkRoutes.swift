import Foundation
import Hummingbird
import MaSante
import MaSanteStore

/// The home pages of the centre managers (their centres) and of HR (the staff), each read
/// under the person's role: row-level security decides what is listed.
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
        router.get("/personnel") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            let login = person.login
            let today = CalendarDate.today()
            let listing = try await pool.run(as: login) { session in try PeopleQueries(session).list(on: today) }
            let rows: [[String: String]] = listing.members.map { member in
                ["lastName": member.lastName, "firstName": member.firstName, "profession": member.profession.label,
                 "centre": member.centre, "start": member.start.french, "end": member.end?.french ?? ""]
            }
            return pages.page("personnel", title: "Personnel", person: person,
                              values: ["people": rows, "count": listing.peopleCount, "none": rows.isEmpty])
        }
    }
}
