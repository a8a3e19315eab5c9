import Admin
import Shop
import TextWorlds
import Worlds

extension SandboxRegistry {
    /// Every sandbox the CLI can host. A new sandbox adds one line here.
    static let standard = SandboxRegistry([
        ShopSandbox(),
        AdminSandbox(),
        GamesSandbox(),
    ])
}
