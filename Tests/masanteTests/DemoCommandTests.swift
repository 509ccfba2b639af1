import Foundation
import Testing

/// `masante demo` loads the demonstration network into an empty or demo database only.
@Suite struct DemoCommandTests {
    @Test func theDemoRefusesADatabaseHoldingRealDataAndChangesNothing() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()
            let result = try registry.run(["demo"])
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains("ne viennent pas de la démonstration"), "\(result.stderr)")
            #expect(result.stderr.contains("createdb masante_demo"), "\(result.stderr)")
            #expect(try registry.snapshot() == before)
        }
    }

    @Test func theDemoLoadsIntoAnEmptyDatabaseAndAgainWithoutChange() async throws {
        try await withRegistry { registry in
            try registry.succeed(["demo"])
            let again = try registry.succeed(["demo"])
            #expect(again.stdout.contains("Déjà chargé : rien n'a changé."), "\(again.stdout)")
        }
    }
}
