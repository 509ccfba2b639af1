public import Foundation

/// The one place where masante writes a file a user named (`--sortie`).
///
/// The file is created, never opened through a symbolic link (`O_NOFOLLOW`) and never written
/// over unless asked (`O_CREAT | O_EXCL`): a link planted at that name cannot send names and RPPS
/// numbers elsewhere, and a typo cannot destroy a file. With `replace`, the document goes to a
/// new file in the same folder that is then renamed over the old one, so the old file is never
/// half overwritten and a hard link to it is left alone. A file holding people's names or RPPS
/// numbers is readable by its owner only (0600); an aggregated report by everyone (0644), both
/// narrowed further by the umask.
///
/// ```swift
/// try OutputFile(path: "millas.ics", replace: false, content: .personal).write(Data(ics.utf8))
/// ```
public struct OutputFile: Sendable {
    /// What the file holds, which sets who may read it.
    public enum Content: Sendable {
        /// Names, RPPS numbers, schedules, audit entries: 0600.
        case personal
        /// Figures with no person in them (the progress report): 0644.
        case aggregate

        public var mode: mode_t { self == .personal ? 0o600 : 0o644 }
    }

    public var path: String
    public var replace: Bool
    public var content: Content

    public init(path: String, replace: Bool, content: Content) {
        self.path = path
        self.replace = replace
        self.content = content
    }

    /// Refuses now what ``write(_:)`` would refuse later (a link; an existing file without
    /// `replace`; something that is not a file), so a command fails before doing its work.
    public func check() throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: throw failure(.link)
        case S_IFREG: if !replace { throw failure(.exists) }
        default: throw failure(.notAFile)
        }
    }

    /// Writes `data` as the whole content of the file.
    public func write(_ data: Data) throws {
        try check()
        guard replace else { return try create(path, with: data) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).masante").path
        try create(temporary, with: data)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(.system(code))
        }
    }

    private func create(_ target: String, with data: Data) throws {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, content.mode)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST || code == ELOOP { try check() }
            throw failure(code == EEXIST ? .exists : .system(code))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            unlink(target)
            throw failure(.writeFailed)
        }
    }

    private func failure(_ refusal: OutputFileError.Refusal) -> OutputFileError {
        OutputFileError(path: path, refusal: refusal)
    }
}

/// A file ``OutputFile`` refused to write, and why; ``message`` says it in French.
public struct OutputFileError: Error, Sendable, Hashable {
    public enum Refusal: Sendable, Hashable {
        case link, exists, notAFile, writeFailed, system(Int32)
    }

    public var path: String
    public var refusal: Refusal

    public init(path: String, refusal: Refusal) {
        self.path = path
        self.refusal = refusal
    }

    public var message: String {
        let name = "« \(path) »"
        let why =
            switch refusal {
            case .link:
                "\(name) est un lien symbolique : masante n'écrit jamais à travers un lien (il peut désigner un autre fichier). Indiquez le chemin du fichier lui-même"
            case .exists:
                "le fichier \(name) existe déjà : ajoutez --remplacer pour l'écraser, ou choisissez un autre nom"
            case .notAFile:
                "\(name) n'est pas un fichier ordinaire (dossier, périphérique…) : choisissez un autre nom"
            case .system(let code) where code == ENOENT || code == ENOTDIR:
                "impossible d'écrire \(name) : le dossier n'existe pas"
            case .system(let code) where code == EACCES || code == EPERM || code == EROFS:
                "impossible d'écrire \(name) : vous n'avez pas le droit d'écrire dans ce dossier"
            case .writeFailed:
                "l'écriture de \(name) a échoué (disque plein ?)"
            case .system(let code) where code == ENOSPC || code == EDQUOT:
                "impossible d'écrire \(name) : le disque est plein"
            case .system(let code):
                "impossible d'écrire \(name) (erreur système \(code))"
            }
        return "Erreur : \(why). Rien n'a été écrit."
    }
}
