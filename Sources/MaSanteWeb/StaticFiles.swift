import Foundation
import Hummingbird

/// The files of `Static/` (the style sheet, the import page's script), read once at start and served with a cache
/// lifetime: the application fetches nothing from another origin.
struct StaticFiles {
    let files: [String: (type: String, body: String)]

    static func load() throws -> StaticFiles {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Static") else {
            return StaticFiles(files: [:])
        }
        let css = try String(contentsOf: directory.appendingPathComponent("masante.css"), encoding: .utf8)
        let importScript = try String(contentsOf: directory.appendingPathComponent("rh-import.js"), encoding: .utf8)
        return StaticFiles(files: [
            "masante.css": ("text/css; charset=utf-8", css),
            "rh-import.js": ("text/javascript; charset=utf-8", importScript),
        ])
    }

    func add(to router: Router<WebContext>) {
        for (name, file) in files {
            router.get("/static/\(name)") { _, _ -> Response in
                Response(
                    status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: file.body)))
            }
        }
    }
}
