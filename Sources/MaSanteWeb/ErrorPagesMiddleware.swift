import Foundation
public import Hummingbird

/// Turns what a handler throws into a French page: 404 « introuvable », 403, 503 « base de
/// données indisponible », 500; an unknown path is a 404 page too.
public struct ErrorPagesMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let pages: Pages

    public func handle(
        _ request: Request, context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return pages.errorPage(error, person: context.person)
        } catch let error as HTTPError where error.status == .notFound {
            return pages.errorPage(.notFound, person: context.person)
        } catch {
            if let pageError = PageError.from(error) { return pages.errorPage(pageError, person: context.person) }
            FileHandle.standardError.write(
                Data("masante serveur : \(request.method) \(request.uri.path) : \(String(describing: error))\n".utf8))
            return pages.internalErrorPage(person: context.person)
        }
    }
}
