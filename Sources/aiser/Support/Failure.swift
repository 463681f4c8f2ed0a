import ArgumentParser
import Engine
import Foundation

/// Runs a subcommand body; any error becomes one line on standard error and exit status 1.
/// User-file errors print as `path:line:column: message`; nothing prints a backtrace.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        FileHandle.standardError.write(Data("\(describe(error))\n".utf8))
        throw ExitCode.failure
    }
}

/// The one-line text of an error for the terminal.
func describe(_ error: any Error) -> String {
    if type(of: error) is NSError.Type || error is CocoaError {
        return (error as NSError).localizedDescription
    }
    return String(describing: error)
}
