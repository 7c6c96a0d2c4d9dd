// Services reach the screens through context, so screens stay free of node:fs, conf and HTTP.
import React, {createContext, useContext} from 'react';
import type {Services} from '../../services/services.js';

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({services, children}: {services: Services; children: React.ReactNode}) {
	return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
	const services = useContext(ServicesContext);
	if (!services) {
		throw new Error('useServices outside ServicesProvider');
	}

	return services;
}
