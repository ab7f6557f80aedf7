# The GraphQL API only; Neo4j runs in its own container (docker-compose.yml), so no Java here.
FROM node:20-slim
WORKDIR /app
# Dependencies first for layer caching. Dev dependencies are needed to build (TypeScript, esbuild).
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The compiled server (dist/js) and the explorer page's bundle (dist/explorer), built into the image:
# the container runs them directly, as the unprivileged user, without writing to /app.
RUN npm run build
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
# NODE_ENV=production as npm start sets it: the server's mode, and graphql-js's fast paths.
ENV NODE_ENV=production
CMD ["node", "dist/js/src/main.js"]
