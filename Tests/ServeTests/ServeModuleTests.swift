import Engine
import Serve
import Testing

@Suite("Serve module")
struct ServeModuleTests {
    @Test("reports the engine version")
    func version() { #expect(Serve.version == Version.current) }
}
