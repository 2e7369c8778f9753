import { describe, expect, it } from "vitest";
import { parseAddresses, uniqueAddresses } from "./addresses";

describe("contact addresses", () => {
  it("reads several addresses from one field, lower-case, leaving out what is not an address", () => {
    expect(parseAddresses(" VanPhong@CuaLo.gov.vn; nghihai@hoinghi.local,  khong-phai-dia-chi ")).toEqual([
      "vanphong@cualo.gov.vn",
      "nghihai@hoinghi.local",
    ]);
    expect(parseAddresses(null)).toEqual([]);
    expect(parseAddresses("")).toEqual([]);
  });

  it("keeps each address once", () => {
    expect(uniqueAddresses(["a@x.vn", "A@X.vn", "b@x.vn; a@x.vn"])).toEqual(["a@x.vn", "b@x.vn"]);
  });
});
