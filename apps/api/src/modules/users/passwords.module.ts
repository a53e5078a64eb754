import { DynamicModule, Global, Module } from "@nestjs/common";
import { PasswordHasher, type PasswordCost } from "./passwords";

/** The password hasher, for every module, at the cost the app was started with. */
@Global()
@Module({})
export class PasswordsModule {
  static forRoot(cost: PasswordCost): DynamicModule {
    return { module: PasswordsModule, providers: [{ provide: PasswordHasher, useValue: new PasswordHasher(cost) }], exports: [PasswordHasher] };
  }
}
