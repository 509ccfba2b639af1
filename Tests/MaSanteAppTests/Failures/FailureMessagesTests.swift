import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

/// The one table of French failure messages: the words and the kind (hence the CLI's exit
/// status) of each error an action can end with.
@Suite struct FailureMessagesTests {
    @Test func eachKindHasTheContractsExitStatus() {
        let statuses = [FailureKind.problemsFound, .usage, .badData, .unreachable, .internalError, .permissionDenied]
            .map(\.exitStatus)
        #expect(statuses == [1, 64, 65, 69, 70, 77])
    }

    @Test func aFailureWordedAlreadyKeepsItsWordsAndKind() {
        let (message, kind) = FailureMessages.describe(UserFailure("option --port : de 1 à 65535", kind: .usage))
        #expect(message == "option --port : de 1 à 65535")
        #expect(kind == .usage)
    }

    @Test func refusedDataSaysNothingWasWritten() {
        let csv = FailureMessages.describe(CSVError(line: 3, message: "ligne 3 : guillemet non fermé"))
        #expect(csv.kind == .badData)
        #expect(csv.message.hasSuffix("\nRien n'a été enregistré."), "\(csv.message)")

        let store = FailureMessages.describe(StoreError.refused("le centre « Millas » a des services publiés"))
        #expect(store.message == "Erreur : le centre « Millas » a des services publiés. Rien n'a été enregistré.")
        #expect(store.kind == .badData)
    }

    @Test func registryFieldsAreNamedAsOptions() {
        let (message, kind) = FailureMessages.describe(
            RegistryError.fieldRefused(field: "date_fin", message: "un CDD doit avoir une date de fin"))
        #expect(message == "option --date-fin : un CDD doit avoir une date de fin")
        #expect(kind == .badData)
    }

    @Test func aFileRefusedSaysWhyAndNothingWasWritten() {
        let (message, kind) = FailureMessages.describe(OutputFileError(path: "millas.ics", refusal: .exists))
        #expect(
            message
                == "Erreur : le fichier « millas.ics » existe déjà : ajoutez --remplacer pour l'écraser, ou choisissez un autre nom. Rien n'a été écrit."
        )
        #expect(kind == .badData)
    }

    @Test func anyOtherErrorIsInternal() {
        struct Unexpected: Error {}
        let (message, kind) = FailureMessages.describe(Unexpected())
        #expect(message.hasPrefix("Erreur interne : "))
        #expect(kind == .internalError)
    }
}
