import { AuthConfig } from "../auth/auth-config";
import { FULL_PASSWORD_COST, PasswordHasher, TEST_PASSWORD_COST } from "./passwords";

describe("password hashing", () => {
  it("hashes with argon2id at full cost unless told otherwise: 19 MiB, 2 passes, 1 lane", async () => {
    const config = new AuthConfig("token");
    expect(config.passwordCost).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const hash = await new PasswordHasher(config.passwordCost).hash("a password");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await new PasswordHasher().hash("a password")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("the tests' cheap cost is still argon2id, and either hash verifies with either hasher", async () => {
    const cheap = new PasswordHasher(TEST_PASSWORD_COST);
    const full = new PasswordHasher(FULL_PASSWORD_COST);
    const cheapHash = await cheap.hash("secret");
    expect(cheapHash).toMatch(/^\$argon2id\$v=19\$m=8,t=1,p=1\$/);
    expect(await full.verify(cheapHash, "secret")).toBe(true);
    expect(await cheap.verify(await full.hash("secret"), "secret")).toBe(true);
    expect(await cheap.verify(cheapHash, "wrong")).toBe(false);
    expect(await cheap.verify("not a hash", "secret")).toBe(false);
  });
});
