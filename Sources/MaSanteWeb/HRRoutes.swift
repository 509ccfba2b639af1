import Hummingbird

/// HR's pages: the people list with its search, a person's page and its forms, add a candidate,
/// hire, import a people file. Each page runs the registry's use case (`MaSanteApp`) under the
/// signed-in person's role, as the CLI command of the same name does.
struct HRRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        HRSearchRoutes(pages: pages, pool: pool).add(to: router)
        HRCandidateRoutes(pages: pages, pool: pool).add(to: router)
        HRHireRoutes(pages: pages, pool: pool).add(to: router)
        HRImportRoutes(pages: pages, pool: pool).add(to: router)
        HRPersonRoutes(pages: pages, pool: pool).add(to: router)
    }
}
