import ArgumentParser
import Engine

@main
struct Aiser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aiser",
        abstract: "Turn data files and plain questions into charts and dashboards.",
        version: Version.current,
        subcommands: [
            AskCommand.self,
            ProfileCommand.self,
            QueryCommand.self,
            ChartCommand.self,
            ForecastCommand.self,
            AnalyzeCommand.self,
            WorkflowCommand.self,
        ] + serverSubcommands
    )
}
