import { Body, Controller, Get, Param, Post, Query } from "@nestjs/common";
import { ApiParam, ApiProduces, ApiResponse, ApiTags } from "@nestjs/swagger";
import { CreateDpoExportSchema, DpoExportListSchema, DpoExportSchema, LogPreferencesResultSchema, LogPreferencesSchema, PreferencePageQuerySchema, PreferencePageSchema, WinRatesQuerySchema, WinRatesSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { artifactResponse } from "../artifacts/artifacts.controller";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { PreferencesService } from "./preferences.service";

class LogPreferencesDto extends createZodDto(LogPreferencesSchema) {}
class LogPreferencesResultDto extends createZodDto(LogPreferencesResultSchema) {}
class PreferencePageDto extends createZodDto(PreferencePageSchema) {}
class PreferencePageQueryDto extends createZodDto(PreferencePageQuerySchema) {}
class WinRatesDto extends createZodDto(WinRatesSchema) {}
class WinRatesQueryDto extends createZodDto(WinRatesQuerySchema) {}
class CreateDpoExportDto extends createZodDto(CreateDpoExportSchema) {}
class DpoExportDto extends createZodDto(DpoExportSchema) {}
class DpoExportListDto extends createZodDto(DpoExportListSchema) {}

@ApiErrors()
@ApiTags("feedback")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Post("preferences")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: LogPreferencesResultDto, description: "Up to 1,000 pairwise preferences (a prompt, two answers with the version of each, the choice or a tie, a reason); the whole batch is checked first" })
  logPreferences(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: LogPreferencesDto) {
    return this.preferences.log(principal, projectId, body);
  }

  @Get("preferences")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: PreferencePageDto, description: "The project's preferences, newest first (an export's in its order)" })
  listPreferences(@Param("projectId") projectId: string, @Query() query: PreferencePageQueryDto) {
    return this.preferences.list(projectId, query);
  }

  @Get("preferences/win-rates")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: WinRatesDto, description: "Per version: comparisons, wins, losses, ties and the win rate with Wilson's 95 % interval; and each pairing head to head" })
  getWinRates(@Param("projectId") projectId: string, @Query() query: WinRatesQueryDto) {
    return this.preferences.winRates(projectId, query);
  }

  @Post("preference-exports")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: DpoExportDto, description: "The filter's preferences as DPO JSON lines (prompt, chosen, rejected; ties left out), pinned as a new version of a data set" })
  exportPreferences(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateDpoExportDto) {
    return this.preferences.export(principal, projectId, body);
  }

  @Get("preference-exports")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DpoExportListDto, description: "The project's DPO exports, newest first" })
  listPreferenceExports(@Param("projectId") projectId: string) {
    return this.preferences.listExports(projectId);
  }

  @Get("preference-exports/:exportId/content")
  @ProjectAccess("VIEWER")
  @ApiProduces("application/octet-stream")
  @ApiResponse({ status: 200, description: "The export's JSON lines, byte for byte as pinned", schema: { type: "string", format: "binary" } })
  async getPreferenceExportContent(@Param("projectId") projectId: string, @UuidParam("exportId") exportId: string) {
    return artifactResponse(await this.preferences.exportContent(projectId, exportId), false);
  }
}
