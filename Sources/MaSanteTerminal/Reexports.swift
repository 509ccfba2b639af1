// The modules a `masante` command is written with: the parser, the domain's values, the use
// cases, the store's read queries and the renderings. MaSanteTerminal's public API is made of
// them (option groups are `ParsableArguments` that build `MaSanteApp` requests from `MaSante`
// values), so a command file imports MaSanteTerminal alone.
@_exported public import ArgumentParser
@_exported public import MaSante
@_exported public import MaSanteApp
@_exported public import MaSanteReports
@_exported public import MaSanteStore
