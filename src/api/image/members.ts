import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { badRequest } from "../../image/errors.js";
import { imageSchemaDocument, imagesSchemaDocument, memberSchemaDocument, membersSchemaDocument } from "../../image/schema.js";
import { imageIdParams, memberBody, memberCreate, memberList, memberParams, memberUpdate, noContent, schemaDocument } from "./schemas.js";
import { memberView } from "./views.js";
import { jsonBodyParser } from "./images.js";

/** /v2/images/{id}/members (glance/api/v2/image_members.py) and /v2/schemas/* (schemas.py). */
export default async function memberRoutes(app: App, deps: RouteDeps) {
  jsonBodyParser(app);
  const images = deps.services.images;
  const tags = ["image"];

  app.get(
    "/v2/images/:image_id/members",
    { schema: { operationId: "image.members.list", tags, summary: "List image members", params: imageIdParams, response: { 200: memberList } } },
    async (req) => ({
      members: (await images.listMembers(authOf(req), req.params.image_id)).map(memberView),
      schema: "/v2/schemas/members",
    }),
  );

  app.post(
    "/v2/images/:image_id/members",
    {
      attachValidation: true,
      schema: {
        operationId: "image.members.create",
        tags,
        summary: "Share an image with a project",
        params: imageIdParams,
        body: memberCreate,
        response: { 200: memberBody },
      },
    },
    async (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      if (!body || typeof body !== "object") throw badRequest("Body expected in request.");
      if (!("member" in body)) throw badRequest("Member to be added not specified");
      const member = body.member;
      if (member === "" || member === null) throw badRequest("Member can't be empty");
      if (typeof member !== "string") throw badRequest("Expected a member in the form: {\"member\": \"image_id\"}");
      return memberView(await images.addMember(authOf(req), req.params.image_id, member));
    },
  );

  app.get(
    "/v2/images/:image_id/members/:member_id",
    { schema: { operationId: "image.members.show", tags, summary: "Show an image member", params: memberParams, response: { 200: memberBody } } },
    async (req) => memberView(await images.getMember(authOf(req), req.params.image_id, req.params.member_id)),
  );

  app.put(
    "/v2/images/:image_id/members/:member_id",
    {
      attachValidation: true,
      schema: {
        operationId: "image.members.update",
        tags,
        summary: "Accept or reject a shared image (the member project)",
        params: memberParams,
        body: memberUpdate,
        response: { 200: memberBody },
      },
    },
    async (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      if (!body || typeof body !== "object") throw badRequest("Body expected in request.");
      if (!("status" in body)) throw badRequest("Status not specified");
      if (typeof body.status !== "string") throw badRequest("Expected a status in the form: {\"status\": \"status\"}");
      return memberView(await images.updateMember(authOf(req), req.params.image_id, req.params.member_id, body.status));
    },
  );

  app.delete(
    "/v2/images/:image_id/members/:member_id",
    { schema: { operationId: "image.members.delete", tags, summary: "Stop sharing an image", params: memberParams, response: { 204: noContent } } },
    async (req, reply) => {
      await images.removeMember(authOf(req), req.params.image_id, req.params.member_id);
      return reply.code(204).send(null);
    },
  );

  const docs = [
    ["image", imageSchemaDocument],
    ["images", imagesSchemaDocument],
    ["member", memberSchemaDocument],
    ["members", membersSchemaDocument],
  ] as const;
  for (const [name, doc] of docs) {
    app.get(
      `/v2/schemas/${name}`,
      { schema: { operationId: `image.schemas.${name}`, tags, summary: `JSON schema of ${name}`, response: { 200: schemaDocument } } },
      async () => doc(),
    );
  }
}
