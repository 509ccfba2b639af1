import Foundation
import MaSante
import Rostering
import RosteringCurtois

// scripts/bench-planner [--secondes N] [--graine N] [--synthetique PxJxT] FILE…
// One line per instance: the rostering engine's best roster, scored by the independent checker.

let bestKnown: [String: Int] = [
    "Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716,
    "Instance5": 1143, "Instance6": 1950, "Instance7": 1056, "Instance8": 1300,
]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-planner : \(message)\n".utf8))
    exit(2)
}

var seconds = 60.0
var seed: UInt64 = 1
var iterations: Int?
var rosterFolder: String?
var files: [String] = []
var synthetic: [SyntheticInstance] = []
var network = false
var networkWeek: ISOWeek?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--secondes":
        guard let value = arguments.popFirst().flatMap(Double.init), value > 0 else { fail("--secondes attend un nombre positif") }
        seconds = value
    case "--graine":
        guard let value = arguments.popFirst().flatMap({ UInt64($0) }) else { fail("--graine attend un entier positif") }
        seed = value
    case "--iterations":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else { fail("--iterations attend un entier positif") }
        iterations = value
    case "--plannings":
        guard let value = arguments.popFirst() else { fail("--plannings attend un dossier") }
        rosterFolder = value
    case "--reseau":
        network = true
    case "--semaine":
        guard let value = arguments.popFirst().flatMap({ try? ISOWeek.parse($0) }) else { fail("--semaine attend une semaine ISO, par ex. 2026-W51") }
        networkWeek = value
    case "--synthetique":
        guard let value = arguments.popFirst().flatMap(SyntheticInstance.init(spec:)) else {
            fail("--synthetique attend PERSONNESxJOURSxPOSTES[xGRAINE], par ex. 150x364x10")
        }
        synthetic.append(value)
    default:
        if argument.hasPrefix("--") { fail("option inconnue \(argument)") }
        files.append(argument)
    }
}
if network {
    benchNetwork(week: networkWeek, seconds: seconds, seed: seed, iterations: iterations)
    exit(0)
}
if files.isEmpty, synthetic.isEmpty {
    fail("usage : scripts/bench-planner [--secondes N] [--graine N] [--iterations N] [--plannings DOSSIER] [--synthetique PxJxT]… FICHIER…")
}

// A synthetic instance is compared with its planted roster, a feasible roster and so an upper
// bound of its optimum (a ratio below 1 is possible).
var sources: [(name: String, load: () -> (text: String, planted: [[Int?]]?))] = files.map { file in
    (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent, {
        guard let data = FileManager.default.contents(atPath: file) else { fail("\(file) illisible") }
        return (String(decoding: data, as: UTF8.self), nil)
    })
}
sources += synthetic.map { instance in (instance.name, { let made = instance.generated; return (made.text, made.planted) }) }

for (name, load) in sources {
    let instance: CurtoisInstance
    let loaded = load()
    do {
        instance = try CurtoisInstance(text: loaded.text)
    } catch {
        fail("\(name) : \(error)")
    }
    var bestKnown = bestKnown
    if let planted = loaded.planted {
        let reference = CurtoisChecker.check(instance, roster: Roster(assignments: planted))
        if !reference.feasible { fail("\(name) : le planning planté enfreint \(reference.violations)") }
        bestKnown[name] = reference.objective
    }
    let result = RosterSolver.solve(instance.problem, options: SolverOptions(seconds: seconds, maxIterations: iterations, seed: seed))
    let report = CurtoisChecker.check(instance, roster: result.roster)
    let known = bestKnown[name]
    let ratio = known.map { String(format: "%.3f", Double(report.objective) / Double($0)) } ?? "-"
    let line = "instance=\(name) objective=\(report.objective) best_known=\(known.map(String.init) ?? "-") ratio=\(ratio) seconds=\(String(format: "%.1f", result.seconds)) feasible=\(report.feasible) first_feasible_s=\(result.firstFeasibleSeconds.map { String(format: "%.2f", $0) } ?? "-")\n"
    FileHandle.standardOutput.write(Data(line.utf8))
    let terms = instance.problem.explain(result.roster).terms.filter { $0.count > 0 }
        .map { "\($0.name) \($0.count) → \($0.penalty)" }.joined(separator: ", ")
    FileHandle.standardError.write(Data("  \(result.iterations) mouvements ; \(terms)\n".utf8))
    for violation in report.violations { FileHandle.standardError.write(Data("  \(violation)\n".utf8)) }
    if report.objective != result.objective || report.feasible != result.feasible {
        FileHandle.standardError.write(Data("  désaccord moteur/vérificateur : moteur \(result.objective) \(result.feasible)\n".utf8))
    }
    if let rosterFolder {
        let path = URL(fileURLWithPath: rosterFolder).appendingPathComponent("\(name).roster.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(instance.rosterText(result.roster).utf8))
    }
}
