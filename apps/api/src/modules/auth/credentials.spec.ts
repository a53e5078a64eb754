import { tokenFromAuthorization } from "./credentials";

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("tokenFromAuthorization", () => {
  it("reads a bearer token on any route", () => {
    expect(tokenFromAuthorization("Bearer lc_abc", "/api/v1/projects")).toBe("lc_abc");
    expect(tokenFromAuthorization("bearer   lc_abc", "/api/2.0/mlflow/runs/get")).toBe("lc_abc");
  });

  it("reads HTTP Basic's password as the token on the MLflow routes only", () => {
    expect(tokenFromAuthorization(basic("ana", "lc_secret:with:colons"), "/api/2.0/mlflow/runs/create")).toBe("lc_secret:with:colons");
    expect(tokenFromAuthorization(basic("", "lc_x"), "/ajax-api/2.0/mlflow/experiments/search")).toBe("lc_x");
    expect(tokenFromAuthorization(basic("ana", "lc_x"), "/api/2.0/mlflow-artifacts/artifacts/a.txt")).toBe("lc_x");
    expect(tokenFromAuthorization(basic("ana", "lc_x"), "/api/v1/projects")).toBeNull();
    expect(tokenFromAuthorization(basic("ana", "lc_x"), "/api/2.0/mlflowx")).toBeNull();
  });

  it("finds nothing in an empty or unknown header", () => {
    expect(tokenFromAuthorization("Bearer", "/api/v1/projects")).toBeNull();
    expect(tokenFromAuthorization(basic("ana", ""), "/api/2.0/mlflow/runs/get")).toBeNull();
    expect(tokenFromAuthorization("Digest abc", "/api/2.0/mlflow/runs/get")).toBeNull();
  });
});
