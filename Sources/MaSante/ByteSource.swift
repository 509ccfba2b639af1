import Foundation

/// Where a CSV reader takes its bytes from, a chunk at a time, so a file is never loaded whole.
protocol ByteSource {
    /// Up to `count` bytes; empty at the end.
    mutating func read(upTo count: Int) throws(CSVError) -> [UInt8]
}

/// Reads a file through a `FileHandle`, closed when the source goes away.
final class FileByteSource: ByteSource {
    private let handle: FileHandle
    private let path: String
    /// The file's size when it can be known before reading (a regular file).
    let size: Int?

    init(url: URL) throws(CSVError) {
        path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError(message: "fichier introuvable : \(path)")
        }
        guard !isDirectory.boolValue else { throw CSVError(message: "\(path) est un dossier, pas un fichier CSV") }
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw CSVError(message: "impossible d'ouvrir le fichier \(path) : \(error.localizedDescription)")
        }
        if let end = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil {
            size = Int(end)
        } else {
            size = nil
        }
    }

    deinit {
        try? handle.close()
    }

    func read(upTo count: Int) throws(CSVError) -> [UInt8] {
        do {
            return Array(try handle.read(upToCount: count) ?? Data())
        } catch {
            throw CSVError(message: "lecture du fichier \(path) impossible : \(error.localizedDescription)")
        }
    }
}

/// Serves bytes already in memory, in the same chunks a file would give.
struct DataByteSource: ByteSource {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    mutating func read(upTo count: Int) throws(CSVError) -> [UInt8] {
        let end = min(offset + count, data.endIndex)
        defer { offset = end }
        return Array(data[offset..<end])
    }
}
