public import ArgumentParser
import MaSanteApp

/// Where `serveur lancer` listens and how many connections to the base it keeps.
public struct ServerOptions: ParsableArguments {
    @Option(help: "Adresse d'écoute.") public var adresse = "127.0.0.1"
    @Option(help: "Port d'écoute.") public var port = 8080
    @Option(help: "Connexions à la base (et fils d'exécution qui les servent).") public var connexions = 8

    public init() {}

    /// A port from 1 to 65535, 1 to 200 connections (64).
    public func validate() throws {
        try OptionRefusal.checking {
            guard (1...65535).contains(port) else {
                throw UserFailure("option --port : un port de 1 à 65535 est attendu (\(port))", kind: .usage)
            }
            guard (1...200).contains(connexions) else {
                throw UserFailure("option --connexions : de 1 à 200 (\(connexions))", kind: .usage)
            }
        }
    }
}
