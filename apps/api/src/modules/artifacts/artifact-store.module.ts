import { DynamicModule, Global, Module } from "@nestjs/common";
import { ARTIFACT_STORE } from "./artifact-store";
import { LocalArtifactStore } from "./local-artifact-store";

/** The artifact store, for every module: files on local disk under `root`. */
@Global()
@Module({})
export class ArtifactStoreModule {
  static forRoot(root: string): DynamicModule {
    return { module: ArtifactStoreModule, providers: [{ provide: ARTIFACT_STORE, useValue: new LocalArtifactStore(root) }], exports: [ARTIFACT_STORE] };
  }
}
