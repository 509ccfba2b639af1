public import Foundation
public import MaSante

/// A CSV file or text to import, opened and checked (encoding, separator, size) before any
/// connection: a file that cannot be read is refused without touching the database.
public struct CSVInput {
    /// The reader, positioned before the header.
    public let reader: CSVReader

    /// The file at `path`.
    public static func file(_ path: String) throws(RegistryError) -> CSVInput {
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
        do {
            return CSVInput(reader: try CSVReader(url: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableFile(path, reason: error.description)
        }
    }

    /// Uploaded bytes (a web form's file); `name` is what messages call it.
    public static func data(_ data: Data, name: String) throws(RegistryError) -> CSVInput {
        do {
            return CSVInput(reader: try CSVReader(data: data))
        } catch {
            throw .unreadableFile(name, reason: error.description)
        }
    }
}
