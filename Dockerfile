# The GraphQL API only; Neo4j runs in its own container (docker-compose.yml), so no Java here.
FROM node:20-slim
WORKDIR /app
# Dependencies first for layer caching. Dev dependencies are kept on purpose: `npm start` runs
# TypeScript through tsx.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The explorer page's bundle (dist/explorer), built here so `npm start` finds it fresh.
RUN npm run build:explorer
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["npm", "start"]
