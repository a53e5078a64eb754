import { DynamicModule, Global, Module } from "@nestjs/common";
import { ARTIFACT_STORE } from "./artifact-store";
import { LocalArtifactStore } from "./local-artifact-store";
import { S3ArtifactStore, type S3StoreConfig } from "./s3-artifact-store";

/** The artifact store, for every module: an S3-compatible store when configured, else files on local disk under `root`. */
@Global()
@Module({})
export class ArtifactStoreModule {
  static forRoot(root: string, s3: S3StoreConfig | null = null): DynamicModule {
    const store = s3 ? new S3ArtifactStore(s3) : new LocalArtifactStore(root);
    return { module: ArtifactStoreModule, providers: [{ provide: ARTIFACT_STORE, useValue: store }], exports: [ARTIFACT_STORE] };
  }
}
