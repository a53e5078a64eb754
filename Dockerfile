# Production image: the same `npm start` as on a laptop, against the database in DATABASE_URL.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY packages/domain/package.json packages/domain/
COPY packages/client/package.json packages/client/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.base.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV PORT=8080 HOST=0.0.0.0 NODE_ENV=production
EXPOSE 8080
CMD ["node", "apps/api/dist/main.js"]
