// The e2e tier's time limit for each test and hook: roomy enough for a machine whose cores are busy with other
// work (CI shares its machine), so that only a test that hangs fails by time.
jest.setTimeout(90_000);
