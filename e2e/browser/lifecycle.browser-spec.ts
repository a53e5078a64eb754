import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, startServer, type RunningServer } from "./support";

jest.setTimeout(120_000);

let server: RunningServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("creates the first admin from the printed setup link", async () => {
  const link = /Create the first admin at http:\/\/localhost:\d+(\/setup\?token=[\w-]+)/.exec(server.output())?.[1];
  expect(link).toBeDefined();
  await page.goto(server.url);
  await page.waitForURL(/\/sign-in$/);
  await page.getByText("Open the setup link the server printed").waitFor();

  await page.goto(`${server.url}${link}`);
  const setup = page.getByRole("form", { name: "Create the first admin" });
  await setup.getByLabel("Name").fill("Ana Ruiz");
  await setup.getByLabel("Email").fill("ana@example.com");
  await setup.locator('input[name="password"]').fill("a long enough password");
  await setup.getByRole("button", { name: "Create admin and sign in" }).click();
  await page.getByRole("heading", { name: "Portfolio" }).waitFor();
  await page.getByRole("button", { name: /Account menu for Ana Ruiz/ }).waitFor();
});

it("takes a new project through its first two gates to the Data column of the board", async () => {
  await page.goto(server.url);
  await page.getByRole("button", { name: "New project" }).click();
  const create = page.getByRole("dialog", { name: "New project" });
  await create.getByLabel("Name").fill("Browser spam filter");
  await create.getByLabel("Owner").fill("Ana");
  await create.getByLabel("Business goal").fill("Keep spam out of the support inbox");
  await create.getByRole("button", { name: "Create project" }).click();

  await page.waitForURL(/\/projects\/browser-spam-filter$/);
  await page.getByRole("heading", { name: "Browser spam filter" }).waitFor();
  const kpiCheck = page.locator('[data-check="kpi_with_target"]');
  await expect(kpiCheck.getAttribute("data-passed")).resolves.toBe("false");

  await page.getByRole("button", { name: "Add KPI" }).click();
  const kpiForm = page.getByRole("dialog", { name: "New KPI" });
  await kpiForm.getByLabel("Name").fill("Spam caught");
  await kpiForm.getByLabel("Unit").fill("%");
  await kpiForm.getByLabel("Baseline").fill("80");
  await kpiForm.getByLabel("Target").fill("95");
  await kpiForm.getByRole("button", { name: "Add KPI" }).click();
  await page.getByTestId("kpi-card").filter({ hasText: "Spam caught" }).waitFor();
  await page.locator('[data-check="kpi_with_target"][data-passed="true"]').waitFor();

  await page.getByRole("button", { name: "Advance to Problem framing" }).click();
  await page.getByRole("heading", { name: "Problem framing", level: 2 }).waitFor();

  await page.getByRole("tab", { name: "Problem framing" }).click();
  const framing = page.getByRole("form", { name: "Problem framing" });
  await framing.getByLabel("Decision").selectOption("true");
  await framing.getByLabel("Rationale").fill("Spam patterns change faster than hand-written rules");
  await framing.getByLabel("Task type").selectOption("binary_classification");
  await framing.getByLabel("Learning paradigm").selectOption("supervised");
  await framing.getByLabel("Model family").selectOption("knn");
  await framing.getByLabel("Application area").selectOption("text_classification");
  await framing.getByLabel("Approach").selectOption("train_from_scratch");
  await framing.getByLabel("Success metric").fill("Recall on the test split");
  await framing.getByRole("button", { name: "Save framing" }).click();
  await framing.getByText("Complete").waitFor();

  await page.locator('[data-check="ml_appropriate"][data-passed="true"]').waitFor();
  await page.getByRole("button", { name: "Advance to Data" }).click();
  await page.getByRole("heading", { name: "Data", level: 2 }).waitFor();

  await page.getByRole("tab", { name: "Audit trail" }).click();
  await page.getByText("Advanced Problem framing → Data").waitFor();

  await page.getByRole("link", { name: "Portfolio" }).first().click();
  const dataColumn = page.getByRole("region", { name: "Data" });
  await dataColumn.getByRole("link", { name: /Browser spam filter/ }).waitFor();
  expect(await page.getByRole("region", { name: "Goals & KPIs" }).getByRole("link", { name: /Browser spam filter/ }).count()).toBe(0);
});
