import Engine
import Generator
import Testing

@Suite("Generator module")
struct GeneratorModuleTests {
    @Test("is built against this engine")
    func engineVersion() { #expect(Generator.engineVersion == Version.current) }
}
